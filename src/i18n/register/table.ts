/** Registers the table area's strings; imported for its effect by every view that shows them. */
import { registerMessages } from '../registry';
import { tableMessages } from '../messages/table';

registerMessages(tableMessages);
