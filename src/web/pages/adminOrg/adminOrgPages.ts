/** The organisation pages as one chunk: an administrator opening one will open the others, and one lazy import keeps the shell small. */
export { MoveUnitPage } from './MoveUnitPage.tsx';
export { NewRoutingRulePage } from './NewRoutingRulePage.tsx';
export { NewUnitPage } from './NewUnitPage.tsx';
export { RenameUnitPage } from './RenameUnitPage.tsx';
export { RoutingRulesPage } from './RoutingRulesPage.tsx';
export { RoutingTesterPage } from './RoutingTesterPage.tsx';
export { UnitPage } from './UnitPage.tsx';
export { UnitTreePage } from './UnitTreePage.tsx';
