/**
 * Registers every area's strings at once. Not imported by the app (views register their own
 * areas); used as a test setup file where code builds texts without loading a view module
 * (unit tests of views' pure text helpers, Node-side locators of the end-to-end tests).
 */
import './table';
import './matrix';
import './ranking';
import './quadrant';
import './runway';
import './trends';
import './profile';
import './coalition';
import './method';
import './briefing';
import './data';
