"""Room mode: participants add ideas, dots and ratings from their phones' browsers.

`session` holds the room's rules without any network (who joined, limits, one receipt per
submission, the service call each submission becomes); `server` puts it on an aiohttp
application; `page` serves the phone's page from resources/room. Nothing here opens a socket
until `server.serve` is called by the facilitator's own action.
"""
