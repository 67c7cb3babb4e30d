trade frobnicate
