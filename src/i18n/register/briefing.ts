/** Registers the briefing area's strings; imported for its effect by every view that shows them. */
import { registerMessages } from '../registry';
import { briefingMessages } from '../messages/briefing';

registerMessages(briefingMessages);
