/** Registers the coalition area's strings; imported for its effect by every view that shows them. */
import { registerMessages } from '../registry';
import { coalitionMessages } from '../messages/coalition';

registerMessages(coalitionMessages);
