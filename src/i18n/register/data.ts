/** Registers the data area's strings; imported for its effect by every view that shows them. */
import { registerMessages } from '../registry';
import { dataMessages } from '../messages/data';

registerMessages(dataMessages);
