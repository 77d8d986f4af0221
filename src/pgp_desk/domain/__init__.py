"""Pure clinical logic: no Qt, no database, no PDF library."""
