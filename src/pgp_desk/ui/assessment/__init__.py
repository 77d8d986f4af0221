"""The assessment's section widgets: each one edits one part of an assessment in memory.

The widgets are bound to domain data only (no database, no services): the assessment form
assembles them and its services store what ``value()`` / ``findings()`` / ``answers()``
return in the assessment's JSON columns.
"""
