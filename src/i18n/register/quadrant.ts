/** Registers the quadrant area's strings; imported for its effect by every view that shows them. */
import { registerMessages } from '../registry';
import { quadrantMessages } from '../messages/quadrant';

registerMessages(quadrantMessages);
