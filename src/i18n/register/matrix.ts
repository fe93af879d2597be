/** Registers the matrix area's strings; imported for its effect by every view that shows them. */
import { registerMessages } from '../registry';
import { matrixMessages } from '../messages/matrix';

registerMessages(matrixMessages);
