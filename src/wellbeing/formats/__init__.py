"""Every file format the app reads or writes: plain Python, no Qt, no SQL."""
