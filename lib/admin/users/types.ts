/** An account as the admin's users pages show it. */
export type UserAccount = {
  employeeId: number;
  nip: string;
  name: string;
  unitName: string;
  active: boolean;
  roles: string[];
  scopeUnitId: number | null;
  scopeName: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  locked: boolean;
};
