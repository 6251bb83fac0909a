"""Platform effects as rows: written in the action's transaction, delivered afterwards, in order per ticket."""
