"""The pure, synchronous pipeline: ``decode → extract → enrich → normalize``.

Nothing here imports asyncio, aiokafka or prometheus, nor reads the environment: each stage
(``decode``, ``extract``, ``enrich``, ``normalize``) is a plain function of its input and the
``PipelineOptions`` it is given, testable alone; the extractors below ``extract`` (HTML, text)
take only the document. ``Pipeline`` (pipeline.py) runs the stages in order.
"""

from newswire.pipeline.options import PipelineOptions
from newswire.pipeline.pipeline import Outcome, Pipeline

__all__ = ["Outcome", "Pipeline", "PipelineOptions"]
