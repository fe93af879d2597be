/** Registers the profile area's strings; imported for its effect by every view that shows them. */
import { registerMessages } from '../registry';
import { profileMessages } from '../messages/profile';

registerMessages(profileMessages);
