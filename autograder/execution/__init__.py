"""Running student code: the sandbox, warm kernels forked from a zygote, the kernel protocol,
and the workers (local pool or Dask) that run submissions. Nothing here judges anything."""
