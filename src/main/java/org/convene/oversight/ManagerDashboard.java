package org.convene.oversight;

import org.convene.shared.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.security.Principal;
import java.util.List;
import org.convene.action.ActionQueries;
import org.convene.action.ActionRow;
import org.convene.action.DashboardFilter;
import org.convene.action.Timeliness;
import org.convene.directory.Directory;
import org.convene.meeting.MeetingQueries;
import org.convene.meeting.MeetingType;
import org.convene.directory.Person;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A manager's view of overdue and escalated actions in their agency, with timeliness figures for actions and for
 * meetings: filters, a chart, a CSV export.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class ManagerDashboard {

    private final ActionQueries queries;
    private final MeetingQueries meetings;
    private final Directory directory;

    ManagerDashboard(ActionQueries queries, MeetingQueries meetings, Directory directory) {
        this.queries = queries;
        this.meetings = meetings;
        this.directory = directory;
    }

    @GetMapping("/manager/actions")
    String dashboard(@RequestParam(required = false) Long agency, @RequestParam(required = false) Long team,
                     @RequestParam(required = false) Long owner, @RequestParam(required = false) Integer overdueDays,
                     @RequestParam(defaultValue = "false") boolean escalatedOnly, @RequestParam(required = false) String meetingType,
                     Principal principal, Model model) {
        Person me = me(principal);
        DashboardFilter filter = new DashboardFilter(agency, team, owner, overdueDays, escalatedOnly, Text.orNull(meetingType));
        List<ActionRow> rows = queries.overdueAndEscalated(me, filter);
        model.addAttribute("rows", rows);
        model.addAttribute("truncated", rows.size() == ActionQueries.LIST_LIMIT);
        model.addAttribute("filter", filter);
        model.addAttribute("timeliness", queries.timeliness(me, filter));
        model.addAttribute("chart", BarChart.of(queries.overdueByAgency(me)));
        model.addAttribute("agencies", directory.agencies());
        model.addAttribute("teams", directory.teams());
        model.addAttribute("people", directory.people());
        model.addAttribute("periodDays", Timeliness.PERIOD_DAYS);
        model.addAttribute("meetings", meetings.timeliness(Timeliness.PERIOD_DAYS));
        model.addAttribute("meetingTypes", MeetingType.values());
        model.addAttribute("query", queryString(filter));
        return "oversight/dashboard";
    }

    @GetMapping(value = "/manager/actions.csv")
    void csv(@RequestParam(required = false) Long agency, @RequestParam(required = false) Long team,
             @RequestParam(required = false) Long owner, @RequestParam(required = false) Integer overdueDays,
             @RequestParam(defaultValue = "false") boolean escalatedOnly, @RequestParam(required = false) String meetingType,
             Principal principal, HttpServletResponse response) throws IOException {
        List<ActionRow> rows = queries.overdueAndEscalated(me(principal),
                new DashboardFilter(agency, team, owner, overdueDays, escalatedOnly, Text.orNull(meetingType)));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"overdue-actions.csv\"");
        PrintWriter out = response.getWriter();
        out.println("action,title,owner,agency,team,due date,days overdue,escalation rung,chair");
        for (ActionRow row : rows) {
            out.println(String.join(",", String.valueOf(row.id()), csvCell(row.title()), csvCell(row.ownerName()),
                    csvCell(row.ownerAgencyName()), csvCell(row.teamName()), row.dueDate().toString(),
                    String.valueOf(row.daysOverdue()), String.valueOf(row.escalationLevel()), csvCell(row.raisedBy())));
        }
    }

    /** Quotes a cell, and defuses a leading formula character so that a spreadsheet shows it as text. */
    static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static String queryString(DashboardFilter filter) {
        StringBuilder query = new StringBuilder();
        append(query, "agency", filter.agencyId());
        append(query, "team", filter.teamId());
        append(query, "owner", filter.ownerPersonId());
        append(query, "overdueDays", filter.overdueDaysAtLeast());
        if (filter.escalatedOnly()) {
            append(query, "escalatedOnly", true);
        }
        append(query, "meetingType", filter.meetingType());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, Object value) {
        if (value != null) {
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
        }
    }

    private Person me(Principal principal) {
        return directory.personByUsername(principal.getName()).orElseThrow(() -> new AccessDeniedException("unknown user"));
    }
}
