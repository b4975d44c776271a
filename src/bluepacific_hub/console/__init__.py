"""The regional console (issue 14): web pages under /console/, rendered on the hub from Jinja2
templates, in English and French, behind its own sign-in and server-side sessions."""
