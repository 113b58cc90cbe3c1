"""The published contracts as documents: the AsyncAPI description and the evolution gate."""
