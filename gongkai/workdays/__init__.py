"""workdays."""
