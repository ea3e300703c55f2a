Subject: Convene audit trail checkpoint for ${date}
This is Convene's signed checkpoint of its audit trail for ${date}. Keep this e-mail: it is a copy, outside Convene's
database, of how many events the trail held and the hash of the newest.

Events: ${seq}
Newest hash: ${hash}
Signed at: ${at}

The checkpoint as written to Convene's checkpoint file:
${line}

To check the trail, run "verify-audit" (see the README's "The audit trail"). If it names a checkpoint that does not
match this e-mail, or this checkpoint is missing from the file, tell your information governance lead.

You are receiving this because you are Convene's auditor.
