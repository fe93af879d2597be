/** Registers the trends area's strings; imported for its effect by every view that shows them. */
import { registerMessages } from '../registry';
import { trendsMessages } from '../messages/trends';

registerMessages(trendsMessages);
