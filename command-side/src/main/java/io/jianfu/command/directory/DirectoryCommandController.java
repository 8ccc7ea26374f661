package io.jianfu.command.directory;

import io.jianfu.command.common.CommandSender;
import io.jianfu.command.common.Created;
import io.jianfu.command.common.ImportFailed;
import io.jianfu.command.common.ViewCatchUp;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Commands that keep the directory of units and cadres (ADMIN). */
@RestController
@RequestMapping("/api")
public class DirectoryCommandController {
    private final CommandSender sender;
    private final DirectoryImport directoryImport;
    private final ViewCatchUp views;

    public DirectoryCommandController(CommandSender sender, DirectoryImport directoryImport, ViewCatchUp views) {
        this.sender = sender;
        this.directoryImport = directoryImport;
        this.views = views;
    }

    public record CadreRequest(String id, String name, String unitCode, Boolean topLeader) {
    }

    @PostMapping("/units")
    public ResponseEntity<Created> registerUnit(@RequestBody RegisterUnit request) {
        return sender.create(request.code(), request, "/api/units/" + request.code(),
                             "Unit " + request.code() + " is already registered.");
    }

    @PostMapping("/cadres")
    public ResponseEntity<Created> registerCadre(@RequestBody CadreRequest request) {
        var command = new RegisterCadre(request.id(), request.name(), request.unitCode(), request.topLeader());
        return sender.create(request.id(), command, "/api/cadres/" + request.id(),
                             "Cadre " + request.id() + " is already registered.");
    }

    @PostMapping(path = "/units/import", consumes = "text/csv")
    public ImportResult importUnits(HttpServletRequest request) {
        try {
            ImportResult result = directoryImport.importUnits(request.getReader());
            views.await();
            return result;
        } catch (IOException | UncheckedIOException unreadable) {
            throw new ImportFailed(1, "the body could not be read.");
        }
    }

    @PostMapping(path = "/cadres/import", consumes = "text/csv")
    public ImportResult importCadres(HttpServletRequest request) {
        try {
            ImportResult result = directoryImport.importCadres(request.getReader());
            views.await();
            return result;
        } catch (IOException | UncheckedIOException unreadable) {
            throw new ImportFailed(1, "the body could not be read.");
        }
    }
}
