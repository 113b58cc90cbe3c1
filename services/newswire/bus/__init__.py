"""aiokafka adapters. They speak in ``newswire.records`` types and raise ``newswire.errors``;
nothing outside this package imports aiokafka, and nothing here imports the pipeline."""
