"""The staff screens: the PIN pad (``pin``) and the dashboard (``screen``), whose pages each have
a module of their own. Nothing is imported here: the staff stations use the PIN pad's parts, and
the dashboard's ~20 modules load when the window builds it, after the first frame."""
