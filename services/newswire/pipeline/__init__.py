"""The pure, synchronous pipeline: ``decode → extract → enrich → normalize``.

Nothing here imports asyncio, aiokafka or prometheus, nor reads the environment: every stage is a
plain function of its input and an explicit options object, testable alone.
"""

from newswire.pipeline.options import PipelineOptions
from newswire.pipeline.run import Outcome, Pipeline

__all__ = ["Outcome", "Pipeline", "PipelineOptions"]
