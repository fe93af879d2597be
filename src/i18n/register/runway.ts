/** Registers the runway area's strings; imported for its effect by every view that shows them. */
import { registerMessages } from '../registry';
import { runwayMessages } from '../messages/runway';

registerMessages(runwayMessages);
