-- A real-name complaint (实名投诉举报) is a ledger item from the moment it is loaded, in state 待核实;
-- complaint_ledger_item now holds a row only once the work team has moved the item (the view
-- complaint_ledger supplies 待核实 for the rest). The petition loader used to write one 待核实 row
-- per real-name complaint, which made the commit of a million-case load 0.8-1.0 s slower for rows
-- that said nothing. The rows never moved are removed here; the view shows them as before.
DELETE FROM complaint_ledger_item AS i
WHERE i.state = '待核实'
  AND i.updated_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM complaint_ledger_event e WHERE e.case_no = i.case_no);
