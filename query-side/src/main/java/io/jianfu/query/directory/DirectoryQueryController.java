package io.jianfu.query.directory;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** Reads of the directory: units by kind, one unit, and a unit's cadres. */
@RestController
@RequestMapping("/api")
public class DirectoryQueryController {
    private final JdbcClient jdbc;

    public DirectoryQueryController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/units")
    public List<UnitSummary> units(@RequestParam(required = false) String kind,
                                   @RequestParam(required = false) String parentCode) {
        return jdbc.sql("""
                        SELECT code, name, kind, parent_code FROM unit_view
                        WHERE (CAST(:kind AS varchar) IS NULL OR kind = :kind)
                          AND (CAST(:parent AS varchar) IS NULL OR parent_code = :parent)
                        ORDER BY code""")
                   .param("kind", kind).param("parent", parentCode)
                   .query(UnitSummary.class).list();
    }

    @GetMapping("/units/{code}")
    public UnitSummary unit(@PathVariable String code) {
        return jdbc.sql("SELECT code, name, kind, parent_code FROM unit_view WHERE code = ?")
                   .param(code).query(UnitSummary.class).optional()
                   .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No unit " + code + "."));
    }

    @GetMapping("/cadres")
    public List<CadreSummary> cadres(@RequestParam String unitCode) {
        return jdbc.sql("SELECT id, name, unit_code, top_leader FROM cadre_view WHERE unit_code = ? ORDER BY id")
                   .param(unitCode).query(CadreSummary.class).list();
    }
}
