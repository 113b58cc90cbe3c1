"""newswire: raw scraped articles from Kafka in, clean schema-checked article events out."""

from importlib.metadata import PackageNotFoundError, version

from newswire import native

# Before any pipeline module is imported: the compiled ones load from the build only if it
# matches today's sources (newswire/native.py); otherwise everything runs as pure Python.
native.activate()

try:
    __version__ = version("newswire")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+local"

__all__ = ["__version__"]
