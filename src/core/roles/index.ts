export { type ItemSale, itemSales } from './item-sales';
export { type RoleItemRow, type RoleSection, roleSection } from './role-figures';
export { parseRoleRules, type RoleRules, roleRules } from './role-rules';
export {
  effectiveRole,
  PRODUCT_ROLES,
  type ProductRole,
  type RoleSuggestion,
  roleBasis,
  roleWindow,
  suggestRoles,
} from './suggest-role';
export { type RolesReport, rolesLine, writeProductRoles } from './write-roles';
