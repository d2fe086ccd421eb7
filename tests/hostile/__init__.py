"""Builders for hostile inputs, made at test time in temporary folders (nothing large is committed)."""
