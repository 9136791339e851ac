"""MIME message classes of the email package."""
