"""The actor knowledge base and actor finding.

    base = load_actor_base()                         # shipped tables (+ extra files), cached
    base.lookup("Tokaev", "2019-06")                 # ActorRef KAZ GOV, role President
    find_actors(doc, "2024-03-29", base)             # every ActorMention in a parsed spaCy Doc
    actor_for_span(doc, start, end, date, base)      # the actor a noun phrase names
    ActorBase.from_petrarch(actors_path, agents_path)
    load_actor_base(configured_paths(settings))     # with the user's extra tables (setting actor_files)

Data formats and how to extend them: docs/actors.md.
"""

from tidings.actors.base import ActorBase, configured_paths, load_actor_base
from tidings.actors.resolve import actor_for_span, find_actors

__all__ = ["ActorBase", "actor_for_span", "configured_paths", "find_actors", "load_actor_base"]
