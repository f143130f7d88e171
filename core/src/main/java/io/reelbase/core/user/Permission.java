package io.reelbase.core.user;

/**
 * What the window offers a person, by the least role that has it. The database is what refuses (V13); this only
 * spares people a refusal, and says who may: "Approving needs the Content manager role."
 */
public enum Permission {
    EDIT_METADATA("Editing", AppRole.EDITOR),
    INGEST("Importing files", AppRole.EDITOR),
    TAKE_OFFLINE("Taking assets offline", AppRole.EDITOR),
    APPROVE("Approving or rejecting", AppRole.CONTENT_MANAGER),
    ARCHIVE("Archiving", AppRole.CONTENT_MANAGER),
    RETRY_JOBS("Retrying and cancelling jobs", AppRole.CONTENT_MANAGER),
    READ_AUDIT("Reading the audit trail", AppRole.CONTENT_MANAGER),
    RUN_JOBS("Running jobs", AppRole.DEVELOPER),
    MANAGE_PEOPLE("Managing people", AppRole.ADMIN),
    MANAGE_WORKFLOWS("Changing workflows", AppRole.ADMIN),
    MANAGE_WATCH_FOLDERS("Changing watch folders", AppRole.ADMIN),
    MANAGE_LIFECYCLE("Changing and running lifecycle rules", AppRole.ADMIN),
    DELETE("Deleting", AppRole.ADMIN);

    private final String doing;
    private final AppRole least;

    Permission(String doing, AppRole least) {
        this.doing = doing;
        this.least = least;
    }

    public boolean grantedTo(AppRole role) {
        return role != null && role.holds().contains(least);
    }

    /** Why it is not offered: "Approving or rejecting needs the Content manager role." */
    public String needs() {
        return doing + " needs the " + least.label() + " role.";
    }
}
