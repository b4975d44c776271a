"""Reading and writing files the focal points exchange (CSV, Excel); plain Python, no Qt."""
