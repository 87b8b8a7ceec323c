"""Room mode in the window: Room > Open the room… serves the phones' page (facilitator.room) on
one network interface, applies what phones send on the Qt thread as undo steps, shows the join
code on the projector and who has joined on the laptop."""
