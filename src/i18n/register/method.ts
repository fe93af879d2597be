/** Registers the method area's strings; imported for its effect by every view that shows them. */
import { registerMessages } from '../registry';
import { methodMessages } from '../messages/method';

registerMessages(methodMessages);
