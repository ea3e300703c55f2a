Subject: Your code to open the meeting papers
Your code to open the meeting papers in Convene is:

${code}

Type it on the page where you asked for it. It works once, for ${minutes} minutes.

If you did not ask for a code, you need do nothing: nobody can open the papers without it.
