"""Core: the base model, domain errors, the audit log, notifications and the shells."""
