# Nothing listening: the connection fails, retried, then an error.
trade-fetch --api-url http://127.0.0.1:1 -r CHN --period 2010 --retries 1 --max-calls 1
echo "exit $?"
