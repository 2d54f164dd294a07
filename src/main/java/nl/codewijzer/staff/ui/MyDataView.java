package nl.codewijzer.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.staff.PersonalData;
import nl.codewijzer.staff.StaffDirectory;

/**
 * What Codewijzer keeps about the signed-in person, and why (AVG: a person may see their data),
 * with a download of all of it as one file.
 */
@Route("mijn-gegevens")
@PermitAll
@Menu(title = "nav.my-data", order = 90, icon = "vaadin:user-card")
public class MyDataView extends Main implements HasDynamicTitle {

    final Anchor download;

    MyDataView(StaffDirectory directory, PersonalData personalData, SchoolSettings settings) {
        addClassName("page");
        setId("my-data");
        var me = directory.own();
        add(new H1(getTranslation("mydata.title")));
        add(new Paragraph(getTranslation("mydata.intro")));
        var list = new Div();
        list.addClassName("facts");
        list.add(fact("staff.field.name", me.fullName()), fact("staff.field.email", me.email()),
                fact("staff.field.roles", RoleLabels.of(me, this)),
                fact("staff.field.start", Dates.date(this, me.startDate())));
        if (me.endDate() != null) {
            list.add(fact("staff.field.end", Dates.date(this, me.endDate())));
        }
        add(list, new Paragraph(getTranslation("mydata.why", settings.current().signatureRetentionMonths())));

        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = personalData.ownDataAsJson();
            return new DownloadResponse(new ByteArrayInputStream(bytes), getTranslation("mydata.download.file"),
                    "application/json;charset=UTF-8", bytes.length);
        }), "");
        download.add(new Button(getTranslation("mydata.download"), VaadinIcon.DOWNLOAD.create()));
        download.setId("my-data-download");
        add(new Paragraph(getTranslation("mydata.download.explain")), download);
    }

    private Div fact(String labelKey, String value) {
        var fact = new Div(new Span(getTranslation(labelKey)), new Span(value));
        fact.addClassName("fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mydata.title") + " – " + getTranslation("app.name");
    }
}
