/** Registers the ranking area's strings; imported for its effect by every view that shows them. */
import { registerMessages } from '../registry';
import { rankingMessages } from '../messages/ranking';

registerMessages(rankingMessages);
