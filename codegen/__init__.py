"""Distiller (reference -> spec) and generator (spec -> itglue_async/_generated)."""
