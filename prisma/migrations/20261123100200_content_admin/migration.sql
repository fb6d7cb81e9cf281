-- Editors manage "Publikacje i dokumenty" and "Inne bazy danych"; their changes go to the audit log.

-- AlterEnum
ALTER TYPE "audit_action" ADD VALUE 'publication-created';
ALTER TYPE "audit_action" ADD VALUE 'publication-updated';
ALTER TYPE "audit_action" ADD VALUE 'publication-deleted';
ALTER TYPE "audit_action" ADD VALUE 'external-link-created';
ALTER TYPE "audit_action" ADD VALUE 'external-link-updated';
ALTER TYPE "audit_action" ADD VALUE 'external-link-deleted';
