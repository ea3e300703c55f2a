<#-- The review of a family's plan (reference §5.2). -->
Welcome and introductions
Each task of the plan: done or not, and what got in the way
Whether the child is safer, and what is still worrying
Whether the support from services arrived
What happens next
