"""Encrypted storage: key file, SQLCipher database, schema and repositories. No Qt."""
