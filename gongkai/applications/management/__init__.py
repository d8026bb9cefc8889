"""Management commands of the applications app."""
