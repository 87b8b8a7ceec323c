"""QUndoCommands: each one calls services to do and to undo an edit, and nothing else."""
