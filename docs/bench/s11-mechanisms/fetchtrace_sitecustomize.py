"""Debug tracing for the latency engineer (not project code): when NW_FETCH_TRACE is a directory,
every record aiokafka's getmany hands over is logged with its CreateTime, the time its fetch
response was buffered, and the handover time; plus each fetch request's send/receive time."""
import os, sys, time
_dir = os.environ.get("NW_FETCH_TRACE")
if _dir:
    import aiokafka.consumer.fetcher as F
    _outs = {}
    def _w(line):
        tag = os.environ.get("NW_TAG", "")
        if tag not in _outs:
            _outs[tag] = open(os.path.join(_dir, f"fetch-{os.getpid()}{tag}.tsv"), "a", buffering=1)
        _outs[tag].write(line)
    _init = F.FetchResult.__init__
    def __init__(self, *a, **k):
        _init(self, *a, **k)
        self._nw_arrived = time.time()
    F.FetchResult.__init__ = __init__
    _fr = F.Fetcher.fetched_records
    async def fetched_records(self, partitions, timeout=0, max_records=None):
        called = time.time()
        out = await _fr(self, partitions, timeout=timeout, max_records=max_records)
        now = time.time()
        for tp, recs in out.items():
            res = self._records.get(tp)
            arr = getattr(res, "_nw_arrived", None)
            # drained results were deleted; find arrival via the records' own stamp
            for r in recs:
                a = getattr(r, "_nw_arrived", arr)
                _w(f"R\t{tp.topic}\t{tp.partition}\t{r.offset}\t{r.timestamp/1000:.6f}\t{a if a is not None else -1:.6f}\t{now:.6f}\t{called:.6f}\n")
        return out
    F.Fetcher.fetched_records = fetched_records
    # stamp arrival on each ConsumerRecord when drained: wrap FetchResult.getall
    _getall = F.FetchResult.getall
    def getall(self, max_records=None):
        recs = _getall(self, max_records)
        for r in recs:
            try:
                object.__setattr__(r, "_nw_arrived", self._nw_arrived)
            except Exception:
                pass
        return recs
    F.FetchResult.getall = getall
    _pfr = F.Fetcher._proc_fetch_request
    async def _proc_fetch_request(self, assignment, node_id, request):
        sent = time.time()
        parts = sum(len(p) for _, p in request.topics)
        topic = request.topics[0][0] if request.topics else ""
        res = await _pfr(self, assignment, node_id, request)
        _w(f"F\t{topic}\t{parts}\t{sent:.6f}\t{time.time():.6f}\t{int(bool(res))}\n")
        return res
    F.Fetcher._proc_fetch_request = _proc_fetch_request
_fmw = os.environ.get("NW_FETCH_MAX_WAIT_MS")
_pb = os.environ.get("NW_PREFETCH_BACKOFF")
if _fmw or _pb:
    import aiokafka.consumer.consumer as C
    import aiokafka.consumer.fetcher as F2
    if _fmw:
        _cinit = C.AIOKafkaConsumer.__init__
        def _ci(self, *a, **k):
            if k.get("group_id") and k.get("isolation_level") == "read_committed" and "fetch_max_wait_ms" not in k:
                k["fetch_max_wait_ms"] = int(_fmw)
            _cinit(self, *a, **k)
        C.AIOKafkaConsumer.__init__ = _ci
    if _pb:
        _finit = F2.Fetcher.__init__
        def _fi(self, *a, **k):
            if "worker" in sys.argv:
                k["prefetch_backoff"] = float(_pb)
            _finit(self, *a, **k)
        F2.Fetcher.__init__ = _fi
