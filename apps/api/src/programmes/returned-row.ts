/** The one row an `INSERT ... RETURNING` gives back. Its absence is a bug, not a user error. */
export function returnedRow<T>(rows: readonly T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('The statement returned no row');
  return row;
}
